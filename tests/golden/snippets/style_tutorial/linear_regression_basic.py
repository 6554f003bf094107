# Linear regression with nn.Linear and SGD on a noiseless line.
import torch
import torch.nn as nn

torch.manual_seed(30)
x_train = torch.arange(0, 10, dtype=torch.float32).view(-1, 1)
y_train = 2 * x_train + 1
model = nn.Linear(1, 1)
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
for epoch in range(60):
    outputs = model(x_train)
    loss = criterion(outputs, y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if (epoch+1) % 20 == 0:
        print('Epoch [{}/{}], Loss: {:.4f}'.format(epoch+1, 60, loss.item()))
predicted = model(x_train).detach().numpy()
print(predicted[:3])
