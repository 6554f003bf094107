# requires_grad of the random and range factories must be a bool (or None): PyTorch's parser
# refuses an int or a string with the full list of signatures
import torch

calls = {
    "randn": lambda: torch.randn(2, requires_grad=1),
    "rand": lambda: torch.rand(2, requires_grad="yes"),
    "arange": lambda: torch.arange(3.0, requires_grad=1),
    "linspace": lambda: torch.linspace(0, 1, 3, requires_grad=1),
    "eye": lambda: torch.eye(2, requires_grad=1),
    "randint": lambda: torch.randint(0, 3, (2,), requires_grad=0),
    "randperm": lambda: torch.randperm(3, requires_grad=0),
    "normal": lambda: torch.normal(0.0, 1.0, (2,), requires_grad=1),
    "rand_like": lambda: torch.rand_like(torch.ones(2), requires_grad=1),
}
for name, call in calls.items():
    try:
        call()
    except TypeError as e:
        print(name, e)
print(torch.randn(2, requires_grad=True).requires_grad, torch.rand(2, requires_grad=None).requires_grad)
print(torch.arange(3.0, requires_grad=torch.tensor(True).item()).requires_grad)
