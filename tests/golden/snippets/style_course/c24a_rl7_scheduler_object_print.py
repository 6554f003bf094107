# Printing scheduler, dataset and loader objects directly
import torch
from torch.utils.data import TensorDataset, DataLoader

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, 5)
print(sched)
print(type(sched).__mro__[1].__name__)
ds = TensorDataset(torch.zeros(3, 2))
print(ds)
print(DataLoader(ds))
print(torch.Generator())
