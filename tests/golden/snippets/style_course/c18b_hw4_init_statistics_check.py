# Autograder checks the student's Kaiming init has the right spread
import math

import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(256, 128)
nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
std = layer.weight.std().item()
print(f"std {std:.4f} vs expected {math.sqrt(2 / 256):.4f}")
print("PASS" if abs(std - math.sqrt(2 / 256)) < 0.005 else "FAIL")
w = torch.empty(3, 3)
nn.init.orthogonal_(w)
print(torch.allclose(w @ w.T, torch.eye(3), atol=1e-6))
