# Input saliency with torch.func: jacrev of a functional_call over the model's parameters
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev

torch.manual_seed(45)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
params = dict(model.named_parameters())
x = torch.tensor([0.5, -0.2, 0.1])
J = jacrev(lambda inp: functional_call(model, params, (inp,)))(x)
print(J.shape)
print(J.abs().argmax(dim=1))
print(list(params)[:2])
