# The error learners hit when the input has the wrong number of channels or no batch dim.
import torch
import torch.nn as nn

conv = nn.Conv2d(3, 8, 3)
try:
    conv(torch.zeros(1, 1, 8, 8))
except RuntimeError as e:
    print("RuntimeError:", e)
print(conv(torch.zeros(3, 8, 8)).shape)
try:
    conv(torch.zeros(8, 8))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    conv(torch.zeros(1, 3, 2, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
