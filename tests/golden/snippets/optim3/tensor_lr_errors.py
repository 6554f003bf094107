import torch

w = torch.ones(3, requires_grad=True)
opt = torch.optim.Adam([w], lr=torch.tensor(0.01))
print(opt)
print(opt.state_dict()["param_groups"][0]["lr"])
for name in ("SGD", "Adam", "RMSprop", "Adagrad"):
    for lr in (torch.tensor([0.1, 0.2]), torch.tensor([]), torch.tensor(-0.1), torch.tensor([[0.1]])):
        try:
            opt = getattr(torch.optim, name)([w], lr=lr)
            print(name, "accepts", opt.param_groups[0]["lr"])
        except ValueError as e:
            print(name, "ValueError:", e)
for name in ("Adam", "AdamW", "SGD", "NAdam"):
    try:
        getattr(torch.optim, name)([w], lr=torch.tensor(0.01), foreach=True)
        print(name, "foreach=True accepted")
    except ValueError as e:
        print(name, "ValueError:", e)

# float32 weights: the result is printed to 4 decimals.
torch.manual_seed(1)
x = torch.randn(8, 3)
y = x @ torch.tensor([1.0, -2.0, 0.5])
model = torch.nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=torch.tensor(0.1))
for epoch in range(30):
    opt.zero_grad()
    loss = ((model(x).squeeze(1) - y) ** 2).mean()
    loss.backward()
    opt.step()
print(model.weight.data, f"{loss.item():.4f}")
