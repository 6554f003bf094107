# requires_grad= takes a Python bool: the factories also take None, torch.tensor does not, and
# 1, 'yes' or a bool tensor are refused by PyTorch's argument parser.
import torch

base = torch.ones(2)
makers = {'tensor': lambda v: torch.tensor([1.0], requires_grad=v),
          'ones': lambda v: torch.ones(2, requires_grad=v),
          'zeros_like': lambda v: torch.zeros_like(base, requires_grad=v),
          'full': lambda v: torch.full((2,), 0.5, requires_grad=v),
          'asarray': lambda v: torch.asarray([1.0], requires_grad=v),
          'requires_grad_': lambda v: torch.zeros(1).requires_grad_(v)}
for name, make in makers.items():
    for flag in (True, None, 1, 'yes', torch.tensor(True)):
        try:
            print(name, repr(flag), make(flag).requires_grad)
        except TypeError as e:
            print(name, repr(flag), e)
