# Printing what tutorials print: a model's state_dict, an optimizer, a parameters() generator, train/eval flags.
import torch
import torch.nn as nn

torch.manual_seed(1474)
model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2), nn.Dropout(0.2))
print(model.state_dict())
opt = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-4)
print(opt)
print(type(model.parameters()).__name__, len(list(model.parameters())))
print(model.training, model.eval().training, model[2].training)
print(model.train(False) is model, model[1])
print(nn.Linear(3, 1).weight)
print(torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1, momentum=0.9, nesterov=True))
print(dict(model.named_modules()).keys())
