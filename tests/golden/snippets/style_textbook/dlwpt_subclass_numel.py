# Comparing a Sequential with a subclassed model: parameter counts and named parameters.
from collections import OrderedDict

import torch
import torch.nn as nn

torch.manual_seed(1)
seq_model = nn.Sequential(OrderedDict([
    ('hidden_linear', nn.Linear(1, 8)),
    ('hidden_activation', nn.Tanh()),
    ('output_linear', nn.Linear(8, 1))]))

class SubclassModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden_linear = nn.Linear(1, 13)
        self.hidden_activation = nn.Tanh()
        self.output_linear = nn.Linear(13, 1)

    def forward(self, input):
        return self.output_linear(self.hidden_activation(self.hidden_linear(input)))

subclass_model = SubclassModel()
print(subclass_model)
for type_str, model in [('seq', seq_model), ('subclass', subclass_model)]:
    print(type_str)
    for name_str, param in model.named_parameters():
        print("{:21} {:19} {}".format(name_str, str(param.shape), param.numel()))
numel_list = [p.numel() for p in subclass_model.parameters()]
print(sum(numel_list), numel_list)
print(seq_model.output_linear.bias)
print(seq_model(torch.tensor([[0.5], [1.5]])))
