# Warnings tutorial readers see: implicit softmax dim, tensor-from-tensor copy, scheduler order, non-writable numpy.
import warnings
import numpy as np
import torch
import torch.nn.functional as F

warnings.simplefilter("always")
x = torch.tensor([[1.0, 2.0, 3.0]])
print(F.softmax(x))
print(torch.nn.Softmax()(x))
t = torch.tensor(x)
print(t)
model = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1)
sched.step()
print(sched.get_last_lr())
arr = np.arange(3.0)
arr.setflags(write=False)
print(torch.from_numpy(arr))
print(F.log_softmax(torch.ones(2, 2)).shape)
