"""Train a small neural network to learn XOR."""
import torch
import torch.nn as nn

torch.manual_seed(0)

# Step 1: the four XOR examples
X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = torch.tensor([[0.0], [1.0], [1.0], [0.0]])

# Step 2: a 2-4-1 network with a sigmoid output
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1), nn.Sigmoid())
loss_fn = nn.BCELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)

# Step 3: training loop
for epoch in range(1, 201):
    optimizer.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    optimizer.step()
    if epoch % 50 == 0:
        print(f"Epoch {epoch:4d} | loss = {loss.item():.6f}")

# Step 4: check predictions
with torch.no_grad():
    print((model(X) > 0.5).int().flatten().tolist())
