# After backward through a conv-bn block: which parameters got gradients and their shapes.
import torch
import torch.nn as nn

torch.manual_seed(0)
block = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1, bias=False), nn.BatchNorm2d(4), nn.ReLU())
block(torch.randn(2, 3, 5, 5)).mean().backward()
for name, p in block.named_parameters():
    print(name, tuple(p.shape), p.grad is not None, tuple(p.grad.shape))
print([n for n, b in block.named_buffers()])
print(block[1].running_mean.grad, block[1].num_batches_tracked)
