# The reproducibility and precision switches a modern training script sets before it starts.
import random
import numpy as np
import torch

def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)

seed_everything(1234)
torch.set_float32_matmul_precision('high')
print(torch.are_deterministic_algorithms_enabled(), torch.get_float32_matmul_precision())
print(random.random() < 1, np.random.rand(2).round(4), torch.rand(2))
x = torch.arange(4.0)
print(x[:, torch.newaxis].shape, torch.is_complex(x), torch.is_same_size(x, x.clone()))
y = x.clone()
y.subtract_(1).multiply_(2).divide_(4).negative_()
print(y, y.clone().cumsum_(0), torch.ones(3, 3).tril_(-1))
