# torch.distributions.constraints: what a parameter must satisfy, checked by hand
import torch
from torch.distributions import constraints

print(constraints.positive.check(torch.tensor([1.0, 0.0, -2.0])))
print(constraints.unit_interval.check(torch.tensor([0.0, 0.5, 1.0, 1.5])))
print(constraints.simplex.check(torch.tensor([[0.2, 0.8], [0.5, 0.6]])))
print(constraints.interval(-1, 1))
print(constraints.greater_than(2.0), constraints.real, constraints.boolean)
print(constraints.integer_interval(0, 5).check(torch.tensor([0.0, 2.5, 5.0])))
