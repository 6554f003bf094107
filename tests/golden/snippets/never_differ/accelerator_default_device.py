import torch

print(torch.accelerator.is_available(), torch.accelerator.device_count(), torch.accelerator.current_accelerator())
torch.set_default_device("cpu")
print(torch.get_default_device(), torch.zeros(2).device)
torch.set_default_device("cuda")
try:
    torch.zeros(2)
except AssertionError as e:
    print("AssertionError:", e)
torch.set_default_device(None)
print(torch.ones(1))
print(torch.functional.norm is torch.norm, torch.functional.unique is torch.unique)
