# cross_entropy with label_smoothing while training; the loss floor is above zero
import torch
from torch import nn

torch.manual_seed(1698)
X = torch.randn(12, 4)
y = torch.randint(0, 3, (12,))
model = nn.Linear(4, 3)
crit = nn.CrossEntropyLoss(label_smoothing=0.2)
opt = torch.optim.SGD(model.parameters(), lr=1.0)
for epoch in range(6):
    logits = model(X)
    loss = crit(logits, y)
    plain = nn.functional.cross_entropy(logits, y)
    opt.zero_grad(); loss.backward(); opt.step()
    print(epoch, loss.item(), plain.item())
probs = model(X).softmax(1)
print(probs.max(1).values)
