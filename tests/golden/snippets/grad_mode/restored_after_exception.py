import torch

try:
    with torch.no_grad():
        print(torch.is_grad_enabled())
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print(torch.is_grad_enabled())
