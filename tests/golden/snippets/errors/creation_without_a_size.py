# Forgetting the size when making a tensor
import torch

print(torch.zeros(()), torch.ones(size=(2,)), torch.empty(size=[]).shape)
for make in (lambda: torch.zeros(), lambda: torch.ones(dtype=torch.float64),
             lambda: torch.empty(requires_grad=True), lambda: torch.ones(*[])):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
