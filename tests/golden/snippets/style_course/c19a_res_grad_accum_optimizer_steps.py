# accumulate 2 steps before optimizer.step, printing when we step
import torch
torch.manual_seed(28)
model = torch.nn.Linear(2, 1, bias=False)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
data = [(torch.randn(3, 2), torch.randn(3, 1)) for _ in range(4)]
for i, (x, y) in enumerate(data):
    loss = ((model(x) - y) ** 2).mean() / 2
    loss.backward()
    if (i + 1) % 2 == 0:
        opt.step()
        opt.zero_grad(set_to_none=True)
        print(i, model.weight.data, model.weight.grad)
    else:
        print(i, "accumulating", model.weight.grad)
