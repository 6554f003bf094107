# Exercise: which of these expressions are legal for an integer tensor Z?
import torch

Z = torch.arange(5)
print(Z ** Z)
print(2 << Z >> 2)
print(Z < -Z)
print(1j * Z)
print(Z / 1 / 1)
try:
    print(Z < Z > Z)
except RuntimeError as e:
    print("RuntimeError:", e)
