# Fine-tuning: a pretrained-like body, a new output layer initialised with Xavier, 10x lr for the head.
import torch
from torch import nn

torch.manual_seed(0)
pretrained_net = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
                               nn.Flatten(), nn.Linear(4, 10))
print(pretrained_net[-1])
finetune_net = nn.Sequential(*list(pretrained_net.children())[:-1], nn.Linear(4, 2))
nn.init.xavier_uniform_(finetune_net[-1].weight)
params_1x = [param for name, param in finetune_net.named_parameters() if name not in ["4.weight", "4.bias"]]
learning_rate = 5e-5
trainer = torch.optim.SGD([{'params': params_1x}, {'params': finetune_net[-1].parameters(), 'lr': learning_rate * 10}],
                          lr=learning_rate, weight_decay=0.001)
print([g['lr'] for g in trainer.param_groups], [len(g['params']) for g in trainer.param_groups])
X, y = torch.randn(4, 3, 6, 6), torch.tensor([0, 1, 1, 0])
loss = nn.CrossEntropyLoss(reduction="none")
for step in range(2):
    trainer.zero_grad()
    l = loss(finetune_net(X), y)
    l.sum().backward()
    trainer.step()
    print(step, l)
print(finetune_net[0] is pretrained_net[0], finetune_net)
