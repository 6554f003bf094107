# Argument validation: a negative scale is rejected with the constraint's name
import torch
from torch.distributions import Normal

try:
    Normal(torch.tensor([0.0]), torch.tensor([-1.0]))
except ValueError as e:
    print("ValueError:", e)
d = Normal(torch.tensor([0.0]), torch.tensor([-1.0]), validate_args=False)
print(d.scale)
print(Normal.arg_constraints)
print(Normal(0.0, 1.0).support)
