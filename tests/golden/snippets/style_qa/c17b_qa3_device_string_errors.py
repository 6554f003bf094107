# Q: device strings that fail on a CPU-only machine
import torch

for spec in ['gpu', 'cuda:x', 'cpu:0', 'CUDA']:
    try:
        print(repr(torch.device(spec)))
    except RuntimeError as e:
        print(e)
x = torch.ones(2)
try:
    x.to('cuda')
except (AssertionError, RuntimeError) as e:
    print(type(e).__name__, e)
print(x.to('cpu').device, torch.device('cuda', 0) == torch.device('cuda:0'))
