# Udacity-style: nn.Sequential from an OrderedDict, weights set through .data (normal_, fill_), named access.
from collections import OrderedDict
import torch
from torch import nn

torch.manual_seed(1456)
input_size, hidden_sizes, output_size = 12, [8, 6], 3
model = nn.Sequential(OrderedDict([
    ('fc1', nn.Linear(input_size, hidden_sizes[0])), ('relu1', nn.ReLU()),
    ('fc2', nn.Linear(hidden_sizes[0], hidden_sizes[1])), ('relu2', nn.ReLU()),
    ('output', nn.Linear(hidden_sizes[1], output_size)), ('softmax', nn.Softmax(dim=1))]))
print(model)
print(model[0], model.fc1 is model[0])
model.fc1.bias.data.fill_(0)
model.fc1.weight.data.normal_(std=0.01)
print(model.fc1.bias, model.fc1.weight.std().item())
ps = model(torch.randn(2, input_size))
print(ps, ps.sum(dim=1))
print([name for name, _ in model.named_children()])
try:
    model.fc3
except AttributeError as e:
    print(e)
