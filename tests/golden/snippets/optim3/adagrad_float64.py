import torch

torch.manual_seed(3)
model = torch.nn.Linear(4, 1).double()
opt = torch.optim.Adagrad(model.parameters(), lr=0.1, initial_accumulator_value=0.5)
for step in range(8):
    for p in model.parameters():
        p.grad = torch.randn_like(p)
    opt.step()
for name, p in model.named_parameters():
    state = opt.state[p]
    print(name, state["step"].item(), state["sum"].dtype)
    print(state["sum"].tolist())
print(model.weight, model.bias, sep="\n")
