# Q: freezing a pretrained part of a model and training only the head; which parameters get grads?
import torch
import torch.nn as nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
head = nn.Linear(8, 2)
model = nn.Sequential(backbone, head)
for param in backbone.parameters():
    param.requires_grad = False
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
print(len(opt.param_groups[0]['params']))
out = model(torch.randn(3, 4))
out.sum().backward()
print([(n, p.grad is None) for n, p in model.named_parameters()])
print(out.requires_grad, backbone(torch.randn(1, 4)).requires_grad)
with torch.no_grad():
    print(model(torch.ones(1, 4)).requires_grad)
