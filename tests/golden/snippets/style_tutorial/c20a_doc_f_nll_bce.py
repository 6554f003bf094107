# nn.NLLLoss, BCELoss and BCEWithLogitsLoss (pos_weight)
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.LogSoftmax(dim=1)
loss = nn.NLLLoss()
input = torch.randn(3, 5, requires_grad=True)
target = torch.tensor([1, 0, 4])
print(loss(m(input), target))
m = nn.Sigmoid()
input = torch.randn(3, requires_grad=True)
target = torch.empty(3).random_(2)
print(target, nn.BCELoss()(m(input), target))
target = torch.ones([10, 64], dtype=torch.float32)
output = torch.full([10, 64], 1.5)
pos_weight = torch.ones([64])
print(nn.BCEWithLogitsLoss(pos_weight=pos_weight)(output, target))
print(nn.BCEWithLogitsLoss(reduction='none')(input, torch.tensor([0., 1., 1.])))
