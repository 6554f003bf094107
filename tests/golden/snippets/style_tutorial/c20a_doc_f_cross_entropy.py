# nn.CrossEntropyLoss with class indices, probabilities, weights and label smoothing
import torch
import torch.nn as nn

torch.manual_seed(0)
loss = nn.CrossEntropyLoss()
input = torch.randn(3, 5, requires_grad=True)
target = torch.empty(3, dtype=torch.long).random_(5)
output = loss(input, target)
output.backward()
print(target, output)
target = torch.randn(3, 5).softmax(dim=1)
print(loss(input, target))
print(nn.CrossEntropyLoss(weight=torch.tensor([1., 2., 1., 1., 3.]))(input, torch.tensor([0, 1, 4])))
print(nn.CrossEntropyLoss(label_smoothing=0.1)(input, torch.tensor([0, 1, 4])))
print(nn.CrossEntropyLoss(ignore_index=1, reduction='none')(input, torch.tensor([0, 1, 4])))
print(output.grad_fn.name())
