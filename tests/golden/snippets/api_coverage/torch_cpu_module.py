import torch

print(torch.cpu.is_available(), torch.cpu.device_count(), torch.cpu.current_device(), torch.cpu.is_initialized())
print(torch.cpu.synchronize(), torch.cpu.set_device("cpu"))
a = torch.ones(2, 2)
with torch.cpu.amp.autocast():
    print((a @ a).dtype, torch.is_autocast_enabled("cpu"))
with torch.cpu.amp.autocast(dtype=torch.float16):
    print((a @ a).dtype)
with torch.cpu.amp.autocast(enabled=False):
    print((a @ a).dtype)
scaler = torch.cpu.amp.GradScaler()
print(type(scaler).__name__, scaler.get_scale(), scaler.is_enabled())
device = "cuda" if torch.cuda.is_available() else "cpu"
print(device, torch.cpu.is_available() and not torch.cuda.is_available())
