# The optimization tutorial: hyperparameters, a loop over epochs, loss per batch.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

learning_rate = 1e-3
batch_size = 8
epochs = 3
torch.manual_seed(19)
data = TensorDataset(torch.randn(32, 5), torch.randint(0, 4, (32,)))
loader = DataLoader(data, batch_size=batch_size, shuffle=True)
model = nn.Sequential(nn.Linear(5, 16), nn.ReLU(), nn.Linear(16, 4))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
for t in range(epochs):
    for batch, (X, y) in enumerate(loader):
        loss = loss_fn(model(X), y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    print(f"Epoch {t+1}: last loss {loss.item():>7f}")
print("Done!")
