# Device helpers that fall back to the CPU when no GPU is present.
import torch

def try_gpu(i=0):
    if torch.cuda.device_count() >= i + 1:
        return torch.device(f'cuda:{i}')
    return torch.device('cpu')

def try_all_gpus():
    return [torch.device(f'cuda:{i}') for i in range(torch.cuda.device_count())]

print(torch.device('cpu'), torch.device('cuda'), torch.device('cuda:1'))
print(try_gpu(), try_gpu(10), try_all_gpus())
print(torch.cuda.device_count())
X = torch.ones(2, 3, device=try_gpu())
print(X)
print(X.device == torch.device('cpu'))
