import torch

# Learn a 3-step learning-rate schedule for a 1-D quadratic by unrolling it
schedule = torch.tensor([0.1, 0.1, 0.1], requires_grad=True)
opt = torch.optim.SGD([schedule], lr=0.02)
for epoch in range(4):
    theta = torch.tensor(5.0)
    for lr in schedule:
        theta = theta - lr * 2 * (theta - 1.0)
    final = (theta - 1.0) ** 2
    opt.zero_grad()
    final.backward()
    opt.step()
    print(epoch, round(final.item(), 5), schedule.detach().round(decimals=4))
