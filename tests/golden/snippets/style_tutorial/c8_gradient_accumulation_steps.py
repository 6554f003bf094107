# Gradient accumulation: loss divided by the accumulation steps, optimizer stepping every 2 mini-batches.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
data = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(6)]
accumulation_steps = 2
optimizer.zero_grad()
for i, (inputs, labels) in enumerate(data):
    loss = nn.functional.mse_loss(model(inputs), labels) / accumulation_steps
    loss.backward()
    print(i, round(loss.item(), 5), model.bias.grad.item())
    if (i + 1) % accumulation_steps == 0:
        optimizer.step()
        optimizer.zero_grad()
        print("step", model.bias.item())
print(model.weight)
