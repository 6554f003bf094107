import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(3, 4),
    nn.BatchNorm1d(4),
    nn.ReLU(),
    nn.Linear(4, 2),
)
for name, tensor in model.state_dict().items():
    print(f"{name:25s} {tuple(tensor.shape)} {tensor.dtype}")
print([n for n, _ in model.named_parameters()])
print([n for n, _ in model.named_buffers()])
print(model.state_dict()["1.num_batches_tracked"])
model(torch.randn(5, 3))
print(model[1].running_mean)
print(model.state_dict()["1.num_batches_tracked"])
sd = model.state_dict()
sd["0.bias"].fill_(0.5)
print(model[0].bias)
