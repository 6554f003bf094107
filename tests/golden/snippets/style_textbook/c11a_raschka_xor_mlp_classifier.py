# Raschka-style XOR problem: a logistic model fails, a 2-hidden-layer MLP learns it; accuracy per epoch batch.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(1)
x = torch.rand(200, 2) * 2 - 1
y = ((x[:, 0] > 0) ^ (x[:, 1] > 0)).float()
n_train = 100
x_train, y_train = x[:n_train], y[:n_train]
x_valid, y_valid = x[n_train:], y[n_train:]
train_dl = DataLoader(TensorDataset(x_train, y_train), batch_size=2, shuffle=True)

def train(model, num_epochs):
    loss_fn = nn.BCELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.015)
    for epoch in range(num_epochs):
        loss_hist, acc_hist = 0.0, 0.0
        for x_batch, y_batch in train_dl:
            pred = model(x_batch)[:, 0]
            loss = loss_fn(pred, y_batch)
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            loss_hist += loss.item()
            acc_hist += ((pred >= 0.5).float() == y_batch).float().sum().item()
        with torch.no_grad():
            pred = model(x_valid)[:, 0]
            val_acc = ((pred >= 0.5).float() == y_valid).float().mean().item()
        if epoch % 5 == 4:
            print(epoch + 1, round(loss_hist / len(train_dl), 4), acc_hist / n_train, val_acc)

model = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
print(model)
train(model, 10)
model = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1), nn.Sigmoid())
print(model)
train(model, 20)
