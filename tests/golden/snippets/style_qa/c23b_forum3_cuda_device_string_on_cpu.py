import torch

# Device-agnostic code on a machine without a GPU
dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
weights = torch.ones(2, device=dev)
print(dev, weights.device, weights.is_cuda, weights.device.type == "cpu")
print(torch.cuda.device_count(), weights.to(dev) is weights, weights.cpu() is weights)
try:
    torch.zeros(1).cuda()
except Exception as e:
    print(type(e).__name__, str(e)[:60])
