# Normalising an image in place with sub_/div_ and broadcasting (as transforms.Normalize(inplace=True)).
import torch

img = torch.tensor([[[0.5, 1.0], [0.0, 0.25]], [[0.2, 0.4], [0.6, 0.8]], [[1.0, 1.0], [0.0, 0.0]]])
mean = torch.tensor([0.5, 0.5, 0.5])
std = torch.tensor([0.5, 0.25, 0.5])
ref = img.clone()
ptr = img.data_ptr()
img.sub_(mean[:, None, None]).div_(std[:, None, None])
print(img)
print(img.data_ptr() == ptr, img._version)
print(torch.equal(img * std[:, None, None] + mean[:, None, None], ref))
try:
    img.div_(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
