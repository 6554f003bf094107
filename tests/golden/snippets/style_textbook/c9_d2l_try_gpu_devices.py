# Device helpers from the GPU chapter: cpu(), gpu(i), num_gpus(), try_gpu(), try_all_gpus() on a CPU machine.
import torch
from torch import nn

def cpu():
    return torch.device("cpu")

def gpu(i=0):
    return torch.device(f"cuda:{i}")

def num_gpus():
    return torch.cuda.device_count()

def try_gpu(i=0):
    if num_gpus() >= i + 1:
        return gpu(i)
    return cpu()

def try_all_gpus():
    return [gpu(i) for i in range(num_gpus())]

print(cpu(), gpu(), gpu(1))
print(num_gpus(), try_gpu(), try_gpu(10), try_all_gpus())
x = torch.tensor([1, 2, 3])
print(x.device)
X = torch.ones(2, 3, device=try_gpu())
print(X, X.device.type)
net = nn.Sequential(nn.LazyLinear(1))
net = net.to(device=try_gpu())
print(net(X).device)
print(net[0].weight.data.device)
print(torch.cuda.is_available(), torch.device("cpu") == cpu(), str(gpu(2)))
Y = X.to("cpu")
print(Y is X, X.cpu() is X)
