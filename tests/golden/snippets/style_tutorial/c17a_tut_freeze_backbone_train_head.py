# Transfer-learning style: freeze a "pretrained" backbone, train only a new head
import torch
from torch import nn

torch.manual_seed(31)
backbone = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU())
backbone.requires_grad_(False)
head = nn.Linear(8, 3)
model = nn.Sequential(backbone, head)
before = backbone[0].weight.clone()
opt = torch.optim.SGD(head.parameters(), lr=0.5)
inputs, labels = torch.randn(10, 5), torch.randint(0, 3, (10,))
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(inputs), labels)
    loss.backward()
    opt.step()
    print(f"head-only step {step}: {loss.item():.4f}")
print(torch.equal(before, backbone[0].weight), backbone[0].weight.grad)
print([n for n, p in model.named_parameters() if p.requires_grad])
print(loss.grad_fn.name(), model(inputs).requires_grad)
