import torch

a = torch.tensor([7., -7., 7.5])
print(torch.div(a, 2))
print(torch.div(a, 2, rounding_mode="floor"))
print(torch.div(a, 2, rounding_mode="trunc"))
i = torch.tensor([7, -7])
print(torch.div(i, 2, rounding_mode="floor"))
print(torch.div(i, 2, rounding_mode="trunc"))
print(i % 3, torch.tensor([7.5, -7.5]) % 2)
