import torch
import torch.nn as nn

# an older tutorial wraps the model whatever the machine
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
model = nn.DataParallel(model)
print(model)
print(model.device_ids, type(model).__module__, hasattr(model, "output_device"))
print(list(model.state_dict().keys()))
out = model(torch.ones(2, 3))
print(out.grad_fn, out.shape)
out.sum().backward()
print(model.module[0].weight.grad.sum())
plain = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
state = {k.removeprefix("module."): v for k, v in model.state_dict().items()}
print(plain.load_state_dict(state))
print(nn.parallel.DataParallel is nn.DataParallel, nn.DataParallel(nn.ReLU(), device_ids=[0])(torch.tensor([-1.0, 2.0])))
try:
    nn.parallel.data_parallel(nn.Linear(3, 1), torch.ones(1, 3))
except RuntimeError as e:
    print(e)
