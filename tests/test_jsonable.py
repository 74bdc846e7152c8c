import numpy as np
import pandas as pd

from amity.jsonable import scalar


def test_missing_stays_missing_and_numpy_becomes_python():
    assert scalar(pd.NA) is None and scalar(float("nan")) is None and scalar(None) is None
    assert scalar(np.int64(3)) == 3 and type(scalar(np.int64(3))) is int
    assert scalar(np.float64(0.0)) == 0.0          # a real zero is not missing
    assert scalar(pd.Timestamp("2017-07-21")) == "2017-07-21T00:00:00"
    assert scalar("x") == "x"
    assert scalar([1, 2]) == [1, 2]                # containers are left to the caller
