# Q: why does my classifier train so slowly? A: nn.CrossEntropyLoss already applies log_softmax; softmax first squashes the gradients.
import torch
import torch.nn as nn

torch.manual_seed(2)
x = torch.randn(16, 5)
y = torch.randint(0, 3, (16,))
for apply_softmax in (False, True):
    torch.manual_seed(3)
    model = nn.Linear(5, 3)
    opt = torch.optim.SGD(model.parameters(), lr=1.0)
    ce = nn.CrossEntropyLoss()
    history = []
    for _ in range(15):
        opt.zero_grad()
        out = model(x)
        if apply_softmax:
            out = torch.softmax(out, dim=1)
        loss = ce(out, y)
        loss.backward()
        opt.step()
        history.append(loss.item())
    print("softmax first" if apply_softmax else "raw logits   ", [f"{v:.3f}" for v in history[::3]])
    print("   grad norm", f"{model.weight.grad.norm().item():.4f}")
p = torch.softmax(torch.tensor([[10.0, 0.0, 0.0]]), dim=1)
print(nn.functional.cross_entropy(p, torch.tensor([0])), nn.functional.cross_entropy(torch.tensor([[10.0, 0.0, 0.0]]), torch.tensor([0])))
print(torch.log(torch.tensor(3.0)) - 1 + torch.log(1 + 2 * torch.exp(torch.tensor(-1.0))))
