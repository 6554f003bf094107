# Progressive unfreezing: start with the head only, then add the body to the optimizer with a lower lr.
import torch
import torch.nn as nn

torch.manual_seed(0)
body = nn.Sequential(nn.Linear(5, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU())
head = nn.Linear(16, 3)
model = nn.Sequential(body, head)
for p in body.parameters():
    p.requires_grad = False
opt = torch.optim.SGD(head.parameters(), lr=0.1, momentum=0.9)
x, y = torch.randn(40, 5), torch.randint(0, 3, (40,))
loss_fn = nn.CrossEntropyLoss()
for epoch in range(6):
    if epoch == 3:
        for p in body.parameters():
            p.requires_grad = True
        opt.add_param_group({"params": body.parameters(), "lr": 0.01})
        print("unfroze body:", [g["lr"] for g in opt.param_groups], [len(g["params"]) for g in opt.param_groups])
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4), body[0].weight.grad is None)
print(opt.param_groups[1]["momentum"], opt.param_groups[1]["nesterov"])
try:
    opt.add_param_group({"params": head.parameters()})
except ValueError as e:
    print("ValueError:", e)
print(len(opt.state))
