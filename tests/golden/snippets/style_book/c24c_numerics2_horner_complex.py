# Section 9.4: evaluating a polynomial at complex points
import torch

coeffs = [1.0, 0.0, 1.0]  # z^2 + 1
z = torch.tensor([1j, -1j, 1 + 1j, 2.0 + 0j])
acc = torch.zeros_like(z)
for c in coeffs:
    acc = acc * z + c
print(acc)
print(acc.abs())
