# A custom Dataset reading an annotations CSV (from a string), with a target transform and a split.
import csv
import io
import torch
from torch.utils.data import Dataset, DataLoader, random_split

annotations = """file,label,width,height
img0.png,0,32,30
img1.png,2,28,28
img2.png,1,30,31
img3.png,1,29,33
img4.png,0,31,27
"""

class CustomImageDataset(Dataset):
    def __init__(self, annotations_file, transform=None, target_transform=None):
        rows = list(csv.DictReader(io.StringIO(annotations_file)))
        self.img_labels = [(r["file"], int(r["label"]), int(r["width"]), int(r["height"])) for r in rows]
        self.transform = transform
        self.target_transform = target_transform

    def __len__(self):
        return len(self.img_labels)

    def __getitem__(self, idx):
        name, label, w, h = self.img_labels[idx]
        image = torch.full((1, 4, 4), float(w * h) / 1000)
        if self.transform:
            image = self.transform(image)
        if self.target_transform:
            label = self.target_transform(label)
        return image, label

ds = CustomImageDataset(annotations, transform=lambda t: t.clamp(max=0.95),
                        target_transform=lambda y: torch.zeros(3, dtype=torch.float).scatter_(0, torch.tensor(y), value=1))
print(len(ds), ds[1][0][0, 0], ds[1][1])
train, test = random_split(ds, [4, 1], generator=torch.Generator().manual_seed(0))
for images, labels in DataLoader(train, batch_size=2):
    print(images.shape, images[:, 0, 0, 0], labels)
print(test[0][1], test.indices)
