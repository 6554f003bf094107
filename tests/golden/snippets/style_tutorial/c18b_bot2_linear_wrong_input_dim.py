"""Passing a single sample to a Linear layer (with and without batch dim)."""
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
sample = torch.tensor([1.0, 2.0, 3.0])
print("no batch dim :", layer(sample))
print("with batch   :", layer(sample.unsqueeze(0)))
try:
    layer(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    layer(torch.tensor([1, 2, 3]))
except RuntimeError as e:
    print("RuntimeError:", e)
