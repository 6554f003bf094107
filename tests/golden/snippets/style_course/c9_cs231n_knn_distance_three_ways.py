# cs231n kNN: L2 distances with two loops, one loop and no loops (the expansion trick), then majority vote.
import torch

torch.manual_seed(0)
X_train = torch.randint(0, 255, (20, 12)).float()
y_train = torch.randint(0, 3, (20,))
X_test = torch.randint(0, 255, (5, 12)).float()
num_test, num_train = X_test.shape[0], X_train.shape[0]
d2 = torch.zeros(num_test, num_train)
for i in range(num_test):
    for j in range(num_train):
        d2[i, j] = torch.sqrt(torch.sum((X_test[i] - X_train[j]) ** 2))
d1 = torch.zeros(num_test, num_train)
for i in range(num_test):
    d1[i, :] = torch.sqrt(torch.sum((X_train - X_test[i]) ** 2, dim=1))
test_sq = (X_test ** 2).sum(1, keepdim=True)
train_sq = (X_train ** 2).sum(1)
d0 = torch.sqrt(test_sq + train_sq - 2 * X_test @ X_train.T)
print("one loop difference:", torch.linalg.norm(d2 - d1, ord="fro").item())
print("no loop close:", torch.allclose(d2, d0, rtol=1e-4))
print(d2[0, :5])
print(torch.cdist(X_test, X_train)[0, :5])
k = 5
closest = torch.argsort(d2, dim=1)[:, :k]
closest_y = y_train[closest]
print(closest_y)
y_pred = torch.mode(closest_y, dim=1).values
print(y_pred)
counts = torch.stack([torch.bincount(row, minlength=3) for row in closest_y])
print(counts, counts.argmax(1))
y_test = torch.tensor([0, 1, 2, 0, 1])
num_correct = torch.sum(y_pred == y_test)
print("Got %d / %d correct => accuracy: %f" % (num_correct, num_test, float(num_correct) / num_test))
