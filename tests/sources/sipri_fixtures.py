"""Tiny synthetic files in SIPRI's layouts (invented deals; SIPRI's data are not shipped)."""

from __future__ import annotations

from pathlib import Path

PREAMBLE = (
    "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries made for "
    "the year range 'Not specified' to 'Not specified' \n"
    "A '?' in a column indicates uncertain data.\n"
    "SIPRI trend-indicator values (TIVs) are in millions.\n"
    "A '0' for 'SIPRI TIV of delivered weapons' indicates that the volume of deliveries is between 0 and 0.5 "
    "million SIPRI TIV; and an empty field indicates that no deliveries have been identified.\n"
    "\n"
    "Source: SIPRI Arms Transfers Database (c) SIPRI.\n"
    "Data generated: {date}\n"
)
HEADER = ("Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,"
          "Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,"
          "SIPRI TIV of delivered weapons\n")
# hand-computed expectations are in the tests; keep these rows in sync with them
ROWS = [
    "China,Russia,2015,?,6,?,S-400,SAM system,6,,2018; 2019; 2020,New,For Triumf; \u00e9t\u00e9,100,600,600",
    "China,Russia,1999,,10,,Su-30MKK,FGA aircraft,10,?,2000; 2001,New,,30,300,300",
    "China,Soviet Union,1955,?,100,,MiG-17,fighter aircraft,100,,1956; 1957,New,,1,100,100",
    "China,Russia,2022,,4,,Ka-31,AEW helicopter,0,,,New,,5,20,0",
    "China,France,2000,,2,,AS365,light helicopter,2,,2001,New,,0.2,0.4,0",
    "India,Russia,2000,,1,,Talwar,frigate,1,,2003,New,line broken here\n,50,50,50",
    "Hezbollah (Lebanon)*,Iran,2006,?,50,?,Fajr-3,multiple rocket launcher,50,?,2006,New,,0.5,25,25",
]


def register(tmp: Path, name: str = "register.csv", date: str = "13 Mar 2025 10:02:49 AM",
             rows: list[str] | None = None, encoding: str = "latin-1", newline: str = "\n") -> Path:
    text = PREAMBLE.format(date=date) + HEADER + "\n".join(ROWS if rows is None else rows) + "\n"
    p = tmp / name
    p.write_bytes(text.replace("\n", newline).encode(encoding))
    return p


def tiv_table(tmp: Path, role: str = "Recipient", name: str = "tiv.csv") -> Path:
    text = ("Volume of transfers of major arms\nFigures are in millions of SIPRI trend-indicator values (TIVs).\n"
            "\nSource: SIPRI Arms Transfers Database (c) SIPRI.\nData generated: 13 Oct 2024 12:33:29 PM\n\n"
            f"{role},2000,2001,2002,2000-2002,Percentage,Sum total years,Percentage of total\n"
            "China,400,0 ,,400,80%,400,80%\n"
            "India,50,60,,110,20%,110,20%\n"
            "Total world import,450,60,,510,100%,510,100%\n")
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    return p


MACHINE = ("tidn,buyercod,sellercod,odat,onum,ldat,desig2,wcat,desc,nrdel,delyears,buyer,seller,status,tivunit,"
           "tivorder,tivdel\n"
           "101,CHN,RUS,2015,(6),2020,S-400,AD,SAM system,6,2018; 2019; 2020,China,Russia,New,100,600,600\n"
           "102,CHN,RUS,1999,10,2001,Su-30MKK,AC,FGA aircraft,10?,2000; 2001,China,Russia,New,30,300,300\n")
