import torch

ages = torch.tensor([12, 40, 7, 65])
adult = torch.where(ages >= 18, 1.0, 0.0)
print(adult, adult.dtype)
print(torch.where(ages >= 18, ages, -1), torch.where(ages >= 18, ages, 0.5).dtype)
try:
    torch.where(ages, 1, 0)
except RuntimeError as e:
    print("RuntimeError", e)
print(torch.where(ages > 100)[0].shape, ages.where(ages < 50, torch.tensor(50)))
