# A model with two heads (class + box regression): combined loss, per-head gradients, printed every step.
import torch
import torch.nn as nn

torch.manual_seed(41)


class TwoHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(6, 16), nn.ReLU())
        self.cls = nn.Linear(16, 3)
        self.box = nn.Linear(16, 4)

    def forward(self, x):
        h = self.body(x)
        return self.cls(h), torch.sigmoid(self.box(h))


model = TwoHead()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
x = torch.randn(8, 6)
y_cls = torch.randint(0, 3, (8,))
y_box = torch.rand(8, 4)
for step in range(4):
    opt.zero_grad()
    logits, boxes = model(x)
    l_cls = nn.functional.cross_entropy(logits, y_cls)
    l_box = nn.functional.smooth_l1_loss(boxes, y_box)
    loss = l_cls + 5.0 * l_box
    loss.backward()
    opt.step()
    print(step, round(l_cls.item(), 5), round(l_box.item(), 5), round(loss.item(), 5))
print(model.cls.weight.grad.shape, model.box.bias.grad.shape)
print(boxes.min().item() > 0, boxes.max().item() < 1)
